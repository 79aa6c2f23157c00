// Unit tests run without the server-only guard that protects modules from client bundles.
import { vi } from "vitest";

vi.mock("server-only", () => ({}));
