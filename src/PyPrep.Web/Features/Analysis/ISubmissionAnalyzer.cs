using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Data.Submissions;

namespace PyPrep.Web.Features.Analysis;

/// <summary>
/// A slower look at a graded submission that follows its verdict at lower priority: the complexity
/// measurement (<see cref="Name"/> "complexity", an object of the contract's shape). Register an implementation with
/// <c>services.AddSingleton&lt;ISubmissionAnalyzer, MyAnalyzer&gt;()</c>; the result JSON, the
/// page and restart recovery pick it up with no other change.
/// </summary>
public interface ISubmissionAnalyzer
{
    /// <summary>The key of the result JSON this analyzer fills, e.g. "complexity".</summary>
    string Name { get; }

    /// <summary>Whether this submission deserves the analysis (e.g. complexity only for accepted submits).</summary>
    bool AppliesTo(Challenge challenge, SubmissionMode mode, string verdict);

    Task<JsonNode?> AnalyzeAsync(Challenge challenge, string code, CancellationToken cancellationToken);
}
