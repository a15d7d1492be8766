using System.Text.Json.Nodes;
using PyPrep.Core.Content;

namespace PyPrep.Core.Running;

/// <summary>A harness job (docs/harness-protocol.md) and the limits it runs under.</summary>
public sealed record RunRequest(JsonObject Job, ResourceLimits Limits);
