using PyPrep.Core.Behavioral;

namespace PyPrep.Core.Tests.Behavioral;

public sealed class StoryBankTests
{
    private static readonly BehavioralBank Prompts = BehavioralBank.Load(RepoPaths.Content);

    [Fact]
    public void A_linked_story_answers_its_prompt_and_the_prompt_is_no_longer_unanswered()
    {
        var stories = new StoryBank();
        stories.Add(Story.Create("csv", "CSV tool refactor", "Situation: ..."));
        var before = stories.Unanswered(Prompts).Count;

        stories.Link("csv", "debt-refactor-messy-code");

        Assert.Equal("csv", Assert.Single(stories.StoriesFor("debt-refactor-messy-code")).Id);
        Assert.Equal(before - 1, stories.Unanswered(Prompts).Count);
        Assert.DoesNotContain(stories.Unanswered(Prompts), p => p.Id == "debt-refactor-messy-code");
    }

    [Fact]
    public void One_story_can_answer_several_prompts_and_be_unlinked()
    {
        var stories = new StoryBank([Story.Create("csv", "CSV tool refactor", "text")]);
        stories.Link("csv", "debt-refactor-messy-code");
        stories.Link("csv", "proud-python-project");
        stories.Unlink("csv", "debt-refactor-messy-code");
        Assert.Equal(["proud-python-project"], stories.Find("csv")!.PromptIds);
    }

    [Fact]
    public void Links_to_prompts_the_bank_no_longer_has_are_reported()
    {
        var stories = new StoryBank([Story.Create("s", "t", "a").Link("renamed-prompt").Link("proud-python-project")]);
        Assert.Equal(["renamed-prompt"], stories.UnknownPromptIds(Prompts));
    }

    [Fact]
    public void Adding_a_story_id_twice_is_refused()
    {
        var stories = new StoryBank([Story.Create("s", "t", "a")]);
        Assert.Throws<ArgumentException>(() => stories.Add(Story.Create("s", "other", "b")));
    }
}
