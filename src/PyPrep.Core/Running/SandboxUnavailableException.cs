namespace PyPrep.Core.Running;

/// <summary>The sandbox cannot run on this machine; the message says what to install or change.</summary>
public sealed class SandboxUnavailableException(string message) : Exception(message);
