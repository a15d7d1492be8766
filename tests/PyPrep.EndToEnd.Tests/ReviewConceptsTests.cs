using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PyPrep.Core.Concepts;
using PyPrep.Core.Content;

namespace PyPrep.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReviewConceptsTests(SiteAndBrowser site)
{
    private static readonly LocatorAssertionsToHaveAttributeOptions PatientAttribute = new() { Timeout = 60_000 };
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 60_000 };

    [Fact]
    public async Task A_wrong_prediction_comes_back_in_the_same_review_and_a_right_one_is_scheduled_days_ahead()
    {
        // The first new card of a topic is its first question: pick a topic that opens with a predict-output one.
        var bank = ConceptBank.Load(ContentBank.LocateRoot());
        var topic = bank.Topics.First(t => t.Items[0].Kind == ConceptKind.PredictOutput);
        var item = topic.Items[0];
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var card = page.Locator("#card");

        // From the nav link to the topic's first card: the snippet highlighted, the answer box focused.
        await page.GotoAsync(site.BaseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Review", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/review");
        await page.GotoAsync($"{site.BaseUrl}/review?topic={topic.Id}");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-item", item.Id, PatientAttribute);
        await Assertions.Expect(page.Locator("#card-code .tok-keyword, #card-code .tok-variableName").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#answer-text")).ToBeFocusedAsync();

        // Wrong: rated again, the real output and the explanation shown, back in a minute.
        await page.Keyboard.InsertTextAsync("surely not this");
        await page.Keyboard.PressAsync("Control+Enter");
        await Assertions.Expect(page.Locator("#verdict-line")).ToContainTextAsync("Not quite", Patient);
        await Assertions.Expect(page.Locator("#rating")).ToHaveTextAsync("again");
        await Assertions.Expect(page.Locator("#next-review")).ToContainTextAsync("next review in 1 minute");
        await Assertions.Expect(page.Locator("#expected-output")).ToContainTextAsync(item.ExpectedAnswer.Split('\n')[0]);
        await Assertions.Expect(page.Locator("#explanation")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#next-button")).ToBeFocusedAsync();

        // Enter: the same card again, in the same session, now learning.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#card-state")).ToHaveTextAsync("learning", new() { Timeout = 60_000 });
        await Assertions.Expect(card).ToHaveAttributeAsync("data-item", item.Id);
        await Assertions.Expect(page.Locator("#answer-text")).ToBeFocusedAsync();

        // Right (and quick): scheduled days ahead.
        await page.Keyboard.InsertTextAsync(item.ExpectedAnswer);
        await page.Keyboard.PressAsync("Control+Enter");
        await Assertions.Expect(page.Locator("#verdict-line")).ToContainTextAsync("Right.", Patient);
        await Assertions.Expect(page.Locator("#next-review")).ToHaveTextAsync(new Regex(@"next review in \d+ days?$"));
        var row = page.Locator($"#topic-progress tr[data-topic='{topic.Id}']");
        await Assertions.Expect(row.Locator(".seen")).ToHaveTextAsync($"1/{topic.Items.Count}");
        await Assertions.Expect(row.Locator(".learned")).ToHaveTextAsync("1");
        await page.ScreenshotAsync(new() { Path = Path.Combine(SiteAndBrowser.ArtifactsDirectory(), "review-answered.png"), FullPage = true });

        // Today's one new card is done, and nothing is due before the card comes back.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(card).ToContainTextAsync(new Regex(@"comes due in \d+ days?"));
        await context.CloseAsync();
    }
}
