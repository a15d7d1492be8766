using Microsoft.Playwright;

namespace PyPrep.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PractiseTwoSumTests(SiteAndBrowser site)
{
    private const string Wrong = "def two_sum(nums, target):\n    return [0, 1]\n";
    private const string Fixed = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n";
    private static readonly LocatorAssertionsToHaveTextOptions Patient = new() { Timeout = 60_000 };

    [Fact]
    public async Task A_candidate_fails_a_run_sees_the_diff_fixes_it_submits_and_finds_it_in_history()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();

        // The list, then two-sum.
        await page.GotoAsync(site.BaseUrl + "/");
        await Assertions.Expect(page.Locator("#challenge-list")).ToContainTextAsync("Two Sum");
        await page.GetByRole(AriaRole.Link, new() { Name = "Two Sum" }).ClickAsync();
        await page.WaitForURLAsync("**/challenges/two-sum");

        // A wrong solution, Run: the failing visible case shows expected against actual.
        await ReplaceCodeAsync(page, Wrong);
        await page.ClickAsync("#run-button");
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("wrong answer", Patient);
        var failing = page.Locator(".case-detail", new() { Has = page.Locator(".diff") }).First;
        await Assertions.Expect(failing.Locator(".diff-line.expected")).ToContainTextAsync("[1, 2]");
        await Assertions.Expect(failing.Locator(".diff-line.actual")).ToContainTextAsync("[0, 1]");

        // Fixed, Submit: accepted, every case.
        await ReplaceCodeAsync(page, Fixed);
        await page.ClickAsync("#submit-button");
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("accepted", Patient);
        await Assertions.Expect(page.Locator("#solved-badge")).ToBeVisibleAsync();
        await page.Locator("#result").ScreenshotAsync(new() { Path = Path.Combine(SiteAndBrowser.ArtifactsDirectory(), "result-panel.png") });

        // After a reload the accepted submission is in the history, with its code.
        await page.ReloadAsync();
        var accepted = page.Locator("#history .history-item.accepted").First;
        await Assertions.Expect(accepted).ToContainTextAsync("submit", new() { Timeout = 30_000 });
        await accepted.Locator("summary").ClickAsync();
        await Assertions.Expect(accepted.Locator("pre.code")).ToContainTextAsync("seen[x] = i");
        await context.CloseAsync();
    }

    /// <summary>Selects everything in the editor and types the new text in (inserted as one input, so auto-indent leaves it alone).</summary>
    private static async Task ReplaceCodeAsync(IPage page, string code)
    {
        await page.ClickAsync("#editor .cm-content");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync(code);
        await Assertions.Expect(page.Locator("#editor .cm-content")).ToContainTextAsync(code.Split('\n')[1].Trim());
    }
}
