/** The fake lives under src/ so that the benchmark (compiled from src/) can use it; tests import it from here. */
export * from "../../src/hosts/wps/testing/fakeApplication";
export * from "../../src/hosts/wps/testing/seedWorkbooks";
