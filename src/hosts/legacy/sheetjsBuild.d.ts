// The minified full build (codepages included) carries no types of its own: it is the same library as the package's main entry.
declare module "@e965/xlsx/dist/xlsx.full.min.js" {
  export * from "@e965/xlsx";
}
