using System.Text.Json;

namespace PyPrep.Core.Running;

/// <summary>
/// One record from the results channel, stamped with the host's clock (milliseconds since the job
/// was sent) and, where the host can read it, the CPU time the sandboxed interpreter had used by
/// then (milliseconds since the job was sent): times that count are measured from outside
/// (DESIGN.md decision 3).
/// </summary>
public sealed record HarnessRecord(string Type, JsonElement Body, double AtMs, double? CpuMs = null);
