namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>The default: solo mode, one local profile.</summary>
public sealed class SoloFactory : PyPrepFactory;
