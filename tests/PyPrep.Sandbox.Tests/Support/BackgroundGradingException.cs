namespace PyPrep.Sandbox.Tests.Support;

/// <summary>
/// An honest or a wrong submission graded in the background during the sandbox tests lost its
/// verdict or came back late. Named for what it means: xUnit shows only the type of an exception
/// a collection fixture throws.
/// </summary>
public sealed class BackgroundGradingException(string message) : Exception(message);
