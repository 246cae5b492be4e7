/**
 * Replaces a computed-on-first-read property (a getter in an object literal) by its value, in
 * place, and returns the value. The key keeps its position, so serialised output is the same as
 * if the value had been there from the start; JSON and structured clones read getters anyway.
 */
export function settle<Target extends object, Key extends keyof Target>(target: Target, key: Key, value: Target[Key]): Target[Key] {
    Object.defineProperty(target, key, { value, enumerable: true, configurable: false, writable: false });
    return value;
}
