using Markdig;

namespace PyPrep.Web.Features.Content;

/// <summary>Statements, hints and walkthroughs to HTML. Raw HTML in the Markdown is escaped, never passed through.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    public string ToHtml(string markdown) => Markdown.ToHtml(markdown ?? "", pipeline);
}
