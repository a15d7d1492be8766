using PyPrep.Core.Grading.Complexity;

namespace PyPrep.Bench.Complexity;

/// <summary>One folder of tests/complexity-corpus: a problem to time and its labelled solutions.</summary>
internal sealed record CorpusFamily(string Name, ComplexityProblem Problem, IReadOnlyList<CorpusSolution> Solutions);

/// <summary>A corpus solution and the class it must be given.</summary>
internal sealed record CorpusSolution(string Name, string Code, ComplexityClass Label);
