// The gateway exposes the same metadata service under this name too (guide §8): one implementation.
export { PUT } from "../metadata/route";
