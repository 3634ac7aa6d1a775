package geom

func kind() string { return "this file is for windows only" }
