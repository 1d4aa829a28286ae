/**
 * Bundled by the package test into the page before the package's scripts: the project's fake WPS Application over the
 * seed's six forms, as `window.Application`.
 */
import seed from "../../assets/sample/seed-changji-2021.txt";
import { FakeWps } from "../../src/hosts/wps/testing/fakeApplication";
import { seedWorkbook } from "../../src/sample/seedForms";

const fake = new FakeWps();
fake.open({ sheets: seedWorkbook(seed, 6, 1) });
Object.assign(window, { Application: fake.app });
