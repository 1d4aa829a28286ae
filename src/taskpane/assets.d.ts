/** Text files bundled by webpack as `asset/source` (the seed sample). */
declare module "*.txt" {
  const text: string;
  export default text;
}
