//go:build gc

package geom

func kind() string { return "portable" }
