// +build ignore

package geom

func kind() int { return 0 }
