// This file declares the constants that describe the target, as gc's
// runtime does (runtime/extern.go): go2cpp builds for linux/amd64 only.
package runtime

// GOOS is the running program's operating system target.
const GOOS string = "linux"

// GOARCH is the running program's architecture target.
const GOARCH string = "amd64"
