// Tauri runs the app with `freezePrototype: true`; do the same here so that
// anything that writes to Object.prototype fails in development too.
Object.freeze(Object.prototype);
