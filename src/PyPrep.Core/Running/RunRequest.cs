using System.Text.Json.Nodes;
using PyPrep.Core.Content;

namespace PyPrep.Core.Running;

/// <summary>A harness job (docs/harness-protocol.md) and the limits it runs under.</summary>
public sealed record RunRequest(JsonObject Job, ResourceLimits Limits)
{
    /// <summary>
    /// Work nobody is waiting on (a complexity measurement after the verdict): the interpreter runs
    /// at the lowest CPU priority, so it only takes cores that grading leaves idle.
    /// </summary>
    public bool Background { get; init; }
}
