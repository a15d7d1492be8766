using PyPrep.Core.Behavioral;

namespace PyPrep.Core.Tests.Behavioral;

public sealed class BehavioralBankTests
{
    [Fact]
    public void The_shipped_bank_loads_without_problems_and_has_thirty_prompts()
    {
        var bank = BehavioralBank.Load(RepoPaths.Content);
        Assert.Empty(bank.Errors);
        Assert.True(bank.Prompts.Count() >= 30, $"{bank.Prompts.Count()} prompts");
        Assert.True(bank.Themes.Count >= 8);
        Assert.All(bank.Prompts, p => Assert.True(p.Shows.Count >= 2));
    }

    [Fact]
    public void A_prompt_without_what_it_shows_is_reported_at_its_line()
    {
        using var folder = new TempContent();
        folder.Write("behavioral/prompts/conflict.yaml", "theme: conflict\ntitle: Conflict\nprompts:\n  - id: a-prompt\n    prompt: Tell me.\n    shows: [one]\n");
        var error = Assert.Single(BehavioralBank.Load(folder.Root).Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("'shows'", error.Message);
    }

    [Fact]
    public void A_prompt_id_used_twice_names_both_places()
    {
        using var folder = new TempContent();
        const string prompt = "  - id: same\n    prompt: Tell me.\n    shows: [one, two]\n";
        folder.Write("behavioral/prompts/a.yaml", "theme: a\ntitle: A\nprompts:\n" + prompt);
        folder.Write("behavioral/prompts/b.yaml", "theme: b\ntitle: B\nprompts:\n" + prompt);
        var error = Assert.Single(BehavioralBank.Load(folder.Root).Errors);
        Assert.EndsWith("b.yaml", error.File);
        Assert.Contains("a.yaml:4", error.Message);
    }

    [Fact]
    public void A_theme_must_match_its_file_name()
    {
        using var folder = new TempContent();
        folder.Write("behavioral/prompts/failure.yaml", "theme: failures\ntitle: F\nprompts:\n  - id: x\n    prompt: Tell me.\n    shows: [one, two]\n");
        var error = Assert.Single(BehavioralBank.Load(folder.Root).Errors);
        Assert.Equal(1, error.Line);
    }
}
