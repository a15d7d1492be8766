using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PyPrep.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class BehavioralAndDesignTests(SiteAndBrowser site)
{
    private const string Answer = """
        Situation: At my last job our team ran a nightly billing export, a 900-line Python script that pulled invoices from PostgreSQL and wrote CSV files for the finance team. It had no tests, it often failed silently, and each failure cost finance half a day of manual fixes.
        Task: I was asked to make the export reliable before the quarter-end close, three weeks away, without changing the file format that finance depended on.
        Action: First I wrote pytest tests that pinned down the current output on a copy of last month's data, so I could refactor without fear. Then I split the script into three modules: reading, validating and writing. I added pydantic models to validate every invoice row, so bad rows were logged with their invoice id instead of crashing the run. I replaced the print statements with the logging module and sent errors to our alerting channel. I set up GitHub Actions so every change ran the tests in CI, and I asked a colleague from finance to review a sample file each day during the first week.
        Result: The quarter-end export ran on time with zero manual fixes. Over the next three months failures dropped from about six a month to one, and the run time fell from 40 minutes to 12 because the new reader batched its queries.
        """;

    private static readonly LocatorAssertionsToHaveTextOptions Patient = new() { Timeout = 30_000 };

    [Fact]
    public async Task A_candidate_writes_an_answer_reads_the_report_saves_it_and_finds_it_in_the_story_bank_after_a_reload()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();

        // The coach, from the navigation; a prompt shows what a strong answer shows.
        await page.GotoAsync(site.BaseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Behavioral", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/behavioral");
        await page.SelectOptionAsync("#prompt", "debt-refactor-messy-code");
        var detail = page.Locator(".prompt-detail[data-prompt='debt-refactor-messy-code']");
        await Assertions.Expect(detail).ToBeVisibleAsync();
        await Assertions.Expect(detail).ToContainTextAsync("What a strong answer shows");

        // Write the answer and check it: every part found, the action first person, the result measured.
        await page.FillAsync("#answer", Answer);
        await Assertions.Expect(page.Locator("#live-count")).ToContainTextAsync("words");
        await page.ClickAsync("#check-button");
        await Assertions.Expect(page.Locator("#star-band")).ToHaveTextAsync("strong", Patient);
        foreach (var part in new[] { "situation", "task", "action", "result" })
            await Assertions.Expect(page.Locator($"#parts .part.{part} .part-state")).ToHaveTextAsync("found");
        await Assertions.Expect(page.Locator("#parts .part.action .part-text")).ToContainTextAsync("I split the script into three modules");
        await Assertions.Expect(page.Locator("#parts .part.action mark.tool", new() { HasText = "pytest" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#parts .part.result mark.measure").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#check-first-person .value")).ToHaveTextAsync("yes");
        await Assertions.Expect(page.Locator("#check-measurable .value")).ToHaveTextAsync("yes");
        await Assertions.Expect(page.Locator("#check-length")).ToContainTextAsync("aim for 1.5 to 2.5");
        await page.Locator("#report").ScreenshotAsync(new() { Path = Path.Combine(SiteAndBrowser.ArtifactsDirectory(), "star-report.png") });

        // Save it as a story for the chosen prompt.
        await page.FillAsync("#story-title", "Billing export refactor");
        await page.ClickAsync("#save-button");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Saved \"Billing export refactor\"", new() { Timeout = 30_000 });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/behavioral\?story=[0-9a-f-]{36}$"));

        // The story bank lists it, mapped to the prompt, and still does after a reload.
        await page.GetByRole(AriaRole.Link, new() { Name = "Stories", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/behavioral/stories");
        await page.ReloadAsync();
        var story = page.Locator("#stories .story", new() { HasText = "Billing export refactor" });
        await Assertions.Expect(story).ToHaveCountAsync(1);
        await Assertions.Expect(story.Locator(".band")).ToContainTextAsync("strong");
        await Assertions.Expect(story.Locator(".story-prompts-list a[href$='prompt=debt-refactor-messy-code']"))
            .ToHaveTextAsync("Walk me through a time you cleaned up a tangled Python codebase.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(SiteAndBrowser.ArtifactsDirectory(), "story-bank.png"), FullPage = true });

        // Editing opens it in the coach with its prompt ticked.
        await story.Locator(".edit-story").ClickAsync();
        await Assertions.Expect(page.Locator("#story-title")).ToHaveValueAsync("Billing export refactor");
        await Assertions.Expect(page.Locator("input[name='story-prompt'][value='debt-refactor-messy-code']")).ToBeCheckedAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_candidate_fills_a_design_worksheet_checks_coverage_beside_the_reference_and_finds_it_kept()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.BaseUrl + "/design");
        await page.GetByRole(AriaRole.Link, new() { Name = "Design a URL shortener" }).ClickAsync();
        await page.WaitForURLAsync("**/design/url-shortener");
        await page.FillAsync("#ws-key-generation", "Each server takes a block of ids from a counter and encodes them in base62.");
        await page.FillAsync("#ws-scaling", "Redis holds hot codes with a TTL.");
        await page.ClickAsync("#check-coverage");

        var coverage = page.Locator("#coverage");
        await Assertions.Expect(coverage.Locator(".rubric-item[data-item='code-scheme'] .rubric-status")).ToHaveTextAsync("covered", Patient);
        await Assertions.Expect(coverage.Locator(".rubric-item[data-item='redirect-cache'] .rubric-status")).ToHaveTextAsync("in another section");
        await Assertions.Expect(coverage.Locator(".rubric-item[data-item='redirect-status'] .rubric-status")).ToHaveTextAsync("missing");
        await Assertions.Expect(page.Locator("#reference")).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(page.Locator("#diagram svg")).ToBeVisibleAsync();
        await page.Locator("#reference").ScreenshotAsync(new() { Path = Path.Combine(SiteAndBrowser.ArtifactsDirectory(), "design-coverage.png") });

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#ws-key-generation")).ToHaveValueAsync(new Regex("encodes them in base62"));
        await page.GotoAsync(site.BaseUrl + "/design");
        await Assertions.Expect(page.Locator("tr[data-scenario='url-shortener'] .worksheet-state")).ToContainTextAsync("of the rubric covered");
        await context.CloseAsync();
    }
}
