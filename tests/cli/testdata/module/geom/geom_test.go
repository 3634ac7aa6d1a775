package geom

import "testing"

func TestNothing(t *testing.T) { undefinedInTests() }
