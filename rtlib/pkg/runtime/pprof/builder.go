// This file implements the assembly of a profile.proto message from
// samples: each sample is a stack of Go program counters (one Go frame
// each, as runtime.Callers gives them) and its values; every distinct pc
// becomes a Location with its function and line, so that pprof needs no
// symbols of its own.
package pprof

import (
	"io"
	"os"
	"runtime"
	"sort"
	"time"
)

// Field numbers of profile.proto.
const (
	tagProfileSampleType        = 1
	tagProfileSample            = 2
	tagProfileMapping           = 3
	tagProfileLocation          = 4
	tagProfileFunction          = 5
	tagProfileStringTable       = 6
	tagProfileTimeNanos         = 9
	tagProfileDurationNanos     = 10
	tagProfilePeriodType        = 11
	tagProfilePeriod            = 12
	tagProfileDefaultSampleType = 14

	tagValueTypeType = 1
	tagValueTypeUnit = 2

	tagSampleLocation = 1
	tagSampleValue    = 2
	tagSampleLabel    = 3

	tagLabelKey = 1
	tagLabelStr = 2

	tagMappingID           = 1
	tagMappingStart        = 2
	tagMappingLimit        = 3
	tagMappingFilename     = 5
	tagMappingHasFunctions = 7
	tagMappingHasFilenames = 8
	tagMappingHasLines     = 9
	tagMappingHasInline    = 10

	tagLocationID        = 1
	tagLocationMappingID = 2
	tagLocationAddress   = 3
	tagLocationLine      = 4

	tagLineFunctionID = 1
	tagLineLine       = 2

	tagFunctionID         = 1
	tagFunctionName       = 2
	tagFunctionSystemName = 3
	tagFunctionFilename   = 4
)

type valueType struct {
	typ, unit string
}

type profileBuilder struct {
	pb        protobuf
	strings   []string
	stringIDs map[string]int
	locations map[uintptr]uint64
	functions map[string]uint64
	locs      protobuf // the Location messages, written after the samples
	funcs     protobuf // the Function messages
}

func newProfileBuilder() *profileBuilder {
	return &profileBuilder{
		strings:   []string{""},
		stringIDs: map[string]int{"": 0},
		locations: map[uintptr]uint64{},
		functions: map[string]uint64{},
	}
}

func (b *profileBuilder) stringIndex(s string) int64 {
	id, ok := b.stringIDs[s]
	if !ok {
		id = len(b.strings)
		b.strings = append(b.strings, s)
		b.stringIDs[s] = id
	}
	return int64(id)
}

func (b *profileBuilder) valueType(tag int, v valueType) {
	var m protobuf
	m.int64(tagValueTypeType, b.stringIndex(v.typ))
	m.int64(tagValueTypeUnit, b.stringIndex(v.unit))
	b.pb.message(tag, &m)
}

func (b *profileBuilder) functionID(name, file string) uint64 {
	if id, ok := b.functions[name]; ok {
		return id
	}
	id := uint64(len(b.functions) + 1)
	b.functions[name] = id
	var m protobuf
	m.uint64(tagFunctionID, id)
	m.int64(tagFunctionName, b.stringIndex(name))
	m.int64(tagFunctionSystemName, b.stringIndex(name))
	m.int64(tagFunctionFilename, b.stringIndex(file))
	b.funcs.message(tagProfileFunction, &m)
	return id
}

func (b *profileBuilder) locationID(pc uintptr) uint64 {
	if id, ok := b.locations[pc]; ok {
		return id
	}
	id := uint64(len(b.locations) + 1)
	b.locations[pc] = id
	frame, _ := runtime.CallersFrames([]uintptr{pc}).Next()
	name := frame.Function
	if name == "" {
		name = "unknown"
	}
	var line protobuf
	line.uint64(tagLineFunctionID, b.functionID(name, frame.File))
	line.int64(tagLineLine, int64(frame.Line))
	var m protobuf
	m.uint64(tagLocationID, id)
	m.uint64(tagLocationMappingID, 1)
	m.uint64(tagLocationAddress, uint64(frame.PC))
	m.message(tagLocationLine, &line)
	b.locs.message(tagProfileLocation, &m)
	return id
}

// sample adds one sample: its stack (innermost first), values and labels.
func (b *profileBuilder) sample(stk []uintptr, values []int64, labels *labelMap) {
	ids := make([]uint64, len(stk))
	for i, pc := range stk {
		ids[i] = b.locationID(pc)
	}
	var m protobuf
	m.uint64s(tagSampleLocation, ids)
	m.int64s(tagSampleValue, values)
	if labels != nil {
		keys := make([]string, 0, len(*labels))
		for k := range *labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			var l protobuf
			l.int64(tagLabelKey, b.stringIndex(k))
			l.int64(tagLabelStr, b.stringIndex((*labels)[k]))
			m.message(tagSampleLabel, &l)
		}
	}
	b.pb.message(tagProfileSample, &m)
}

// header writes what precedes the samples.
func (b *profileBuilder) header(sampleTypes []valueType, period valueType, periodValue int64, start time.Time, duration time.Duration) {
	for _, t := range sampleTypes {
		b.valueType(tagProfileSampleType, t)
	}
	b.pb.int64Opt(tagProfileTimeNanos, start.UnixNano())
	b.pb.int64Opt(tagProfileDurationNanos, int64(duration))
	b.valueType(tagProfilePeriodType, period)
	b.pb.int64Opt(tagProfilePeriod, periodValue)
}

// finish writes the locations, functions, the one mapping (the program,
// its symbols already resolved) and the string table, then the message.
func (b *profileBuilder) finish(w io.Writer) error {
	b.pb.data = append(b.pb.data, b.locs.data...)
	b.pb.data = append(b.pb.data, b.funcs.data...)
	exe, _ := os.Executable()
	var m protobuf
	m.uint64(tagMappingID, 1)
	m.uint64(tagMappingStart, 0)
	m.uint64(tagMappingLimit, 1<<47)
	m.int64(tagMappingFilename, b.stringIndex(exe))
	m.bool(tagMappingHasFunctions, true)
	m.bool(tagMappingHasFilenames, true)
	m.bool(tagMappingHasLines, true)
	m.bool(tagMappingHasInline, true)
	b.pb.message(tagProfileMapping, &m)
	for _, s := range b.strings {
		b.pb.string(tagProfileStringTable, s)
	}
	_, err := w.Write(b.pb.data)
	return err
}
