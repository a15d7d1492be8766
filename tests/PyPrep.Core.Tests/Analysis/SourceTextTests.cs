using System.Text.Json;
using PyPrep.Core.Analysis;

namespace PyPrep.Core.Tests.Analysis;

public sealed class SourceTextTests
{
    [Fact]
    public void Columns_are_utf8_byte_offsets_like_cpython()
    {
        var source = new SourceText("name = 'é' ; value == None\n");
        // CPython counts 'é' as two bytes: "value" starts at byte 14, not character 13.
        var classes = new PyNodeClasses();
        classes.Add(JsonDocument.Parse("""[["Name",["id","ctx"],true],["Load",[],false]]""").RootElement);
        var name = PyNode.FromJson(JsonDocument.Parse("""[0,1,14,1,19,"value",[1]]""").RootElement, classes);
        Assert.Equal("value", source.Of(name));
        Assert.Equal("name = 'é' ; result == None", source.Rewrite(name, "result"));
    }

    [Fact]
    public void Rewrite_word_skips_longer_names_that_contain_it()
    {
        var source = new SourceText("    listing, list = 1, 2");
        Assert.Equal("listing, items = 1, 2", source.RewriteWord(1, 4, "list", "items"));
    }
}
