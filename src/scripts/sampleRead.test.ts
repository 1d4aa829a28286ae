import { sampleRead } from "./sampleRead";

it("reads the sample into what JSON carries unchanged (the page ships it as JSON)", async () => {
  const read = await sampleRead();
  expect(read.grid.sheets.length).toBeGreaterThan(0);
  expect(JSON.parse(JSON.stringify(read))).toEqual(read);
});
