using System.Text.Json;

namespace PyPrep.Core.Running;

/// <summary>
/// One record from the results channel, stamped with the host's clock (milliseconds since the job
/// was sent) and, where the host can read it, the CPU time the sandboxed interpreter had used by
/// then (milliseconds since the job was sent): times that count are measured from outside
/// (DESIGN.md decision 3).
/// </summary>
public sealed record HarnessRecord(string Type, JsonElement Body, double AtMs, double? CpuMs = null)
{
    /// <summary>
    /// The type of a line the host could not read as a record (not JSON, nested too deeply, no
    /// <c>t</c>); its body is not a JSON object. Runners keep such lines only for a request with a
    /// <see cref="RunRequest.Order"/>: a case's answer nested deeper than the host parses still
    /// takes its place in the order.
    /// </summary>
    public const string Unreadable = "";
}
