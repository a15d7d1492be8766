using PyPrep.Web.Features.CheatSheet;
using PyPrep.Web.Features.Content;
using YamlDotNet.RepresentationModel;

namespace PyPrep.Web.Tests.CheatSheet;

public sealed class CheatSheetRendererTests
{
    private static string Render(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return new CheatSheetRenderer(new MarkdownRenderer()).Render(stream.Documents[0].RootNode);
    }

    [Fact]
    public void Top_level_keys_become_sections_and_code_keys_become_python_blocks()
    {
        var html = Render("""
            Comprehensions:
              - title: List comprehension
                code: "[x * x for x in range(5)]"
                note: "Use **instead of** a loop that appends."
            """);

        Assert.Contains("<section><h2>Comprehensions</h2>", html);
        Assert.Contains("<h3>List comprehension</h3>", html);
        Assert.Contains("<pre><code class=\"language-python\">[x * x for x in range(5)]</code></pre>", html);
        Assert.Contains("<strong>instead of</strong>", html);
    }

    [Fact]
    public void Html_in_the_sheet_is_escaped_not_rendered()
    {
        var html = Render("""
            Tricks:
              - "<script>alert(1)</script>"
            """);

        Assert.DoesNotContain("<script>", html);
    }
}
