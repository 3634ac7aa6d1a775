package inner

var Name = "inner"
