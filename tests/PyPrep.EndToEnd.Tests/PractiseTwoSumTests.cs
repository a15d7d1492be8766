using Microsoft.Playwright;

namespace PyPrep.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PractiseTwoSumTests(SiteAndBrowser site)
{
    private const string Wrong = "def two_sum(nums, target):\n    return [0, 1]\n";
    private const string Fixed = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n";
    /// <summary>Right, with an anti-pattern the style rules name (range-len-loop, line 3).</summary>
    private const string RangeLen = "def two_sum(nums, target):\n    seen = {}\n    for i in range(len(nums)):\n        if target - nums[i] in seen:\n            return [seen[target - nums[i]], i]\n        seen[nums[i]] = i\n";
    private static readonly LocatorAssertionsToHaveTextOptions Patient = new() { Timeout = 60_000 };
    // The measurement follows the verdict at low priority; the first one also times the references.
    private static readonly LocatorAssertionsToBeVisibleOptions Measured = new() { Timeout = 240_000 };

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
        // The measured growth lands in the panel without a reload.
        await Assertions.Expect(page.Locator("#complexity svg.chart")).ToBeVisibleAsync(Measured);
        await page.Locator("#result").ScreenshotAsync(new() { Path = Path.Combine(SiteAndBrowser.ArtifactsDirectory(), "result-panel.png") });

        // After a reload the accepted submission is in the history, with its code.
        await page.ReloadAsync();
        var accepted = page.Locator("#history .history-item.accepted").First;
        await Assertions.Expect(accepted).ToContainTextAsync("submit", new() { Timeout = 30_000 });
        await accepted.Locator("summary").ClickAsync();
        await Assertions.Expect(accepted.Locator("pre.code")).ToContainTextAsync("seen[x] = i");

        // Its full result opens again in the panel: verdict, cases and the complexity chart.
        await accepted.Locator("button.open-result").ClickAsync();
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("accepted", Patient);
        await Assertions.Expect(page.Locator("#result-when")).ToContainTextAsync("Submitted");
        await Assertions.Expect(page.Locator("#cases tbody tr.pass").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#complexity svg.chart")).ToBeVisibleAsync(Measured);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Style_findings_mark_the_gutter_with_the_verdict_and_the_complexity_chart_follows_without_a_reload()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/challenges/two-sum");

        await ReplaceCodeAsync(page, RangeLen);
        await page.ClickAsync("#submit-button");
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("accepted", Patient);

        // Style came with the verdict: listed, and a warning marker in the editor's gutter on line 3.
        await Assertions.Expect(page.Locator("#style-findings")).ToContainTextAsync("line 3: range-len-loop");
        await Assertions.Expect(page.Locator("#result")).Not.ToContainTextAsync("Style review pending");
        var marker = page.Locator("#editor .cm-gutter-lint .cm-gutterElement", new() { Has = page.Locator(".cm-lint-marker-warning") });
        await Assertions.Expect(marker).ToHaveCountAsync(1);
        var markerBox = await marker.BoundingBoxAsync();
        var line3Box = await page.Locator("#editor .cm-line").Nth(2).BoundingBoxAsync();
        Assert.InRange(markerBox!.Y + markerBox.Height / 2, line3Box!.Y, line3Box.Y + line3Box.Height);

        // The chart arrives on its own: the candidate's curve and the labelled reference curves.
        var chart = page.Locator("#complexity svg.chart");
        await Assertions.Expect(chart).ToBeVisibleAsync(Measured);
        await Assertions.Expect(page.Locator("#complexity-pending")).ToHaveCountAsync(0);
        await Assertions.Expect(chart.Locator(".series-group.candidate polyline")).ToHaveCountAsync(1);
        await Assertions.Expect(chart.Locator("g[data-series='your code'] .legend")).ToHaveTextAsync("your code");
        await Assertions.Expect(chart.Locator("g[data-series='brute force'] .legend-class")).ToHaveTextAsync("O(n^2)");
        await Assertions.Expect(chart.Locator("g[data-series='optimal'] .legend-class")).ToHaveTextAsync("O(n)");
        await Assertions.Expect(page.Locator("#complexity")).ToContainTextAsync("expected O(n)");
        await page.Locator("#result").ScreenshotAsync(new() { Path = Path.Combine(SiteAndBrowser.ArtifactsDirectory(), "result-panel-style-and-chart.png") });
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
