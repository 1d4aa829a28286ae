import { FakeWps } from "../hosts/wps/testing/fakeApplication";
import { wpsSession } from "./session";

describe("the WPS pane host", () => {
  it("says the pane cannot download a file, so that the pane offers no CSV export", () => {
    const fake = new FakeWps();
    expect(wpsSession(fake.app).host).toMatchObject({ kind: "wps", canDownload: false });
  });
});
