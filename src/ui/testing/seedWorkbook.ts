export { seedSheet } from "../../sample/seedFile";
