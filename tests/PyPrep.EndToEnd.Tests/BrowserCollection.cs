namespace PyPrep.EndToEnd.Tests;

/// <summary>Every browser test shares one site and one chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteAndBrowser>
{
    public const string Name = "browser";
}
