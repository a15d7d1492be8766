namespace PyPrep.Web.Tests.Behavioral;

/// <summary>Behavioral answers the tests send.</summary>
public static class Answers
{
    /// <summary>Labelled, told in the first person, with tools named and a measured result: scores strong.</summary>
    public const string Strong = """
        Situation: At my last job our team ran a nightly billing export, a 900-line Python script that pulled invoices from PostgreSQL and wrote CSV files for the finance team. It had no tests, it often failed silently, and each failure cost finance half a day of manual fixes.
        Task: I was asked to make the export reliable before the quarter-end close, three weeks away, without changing the file format that finance depended on.
        Action: First I wrote pytest tests that pinned down the current output on a copy of last month's data, so I could refactor without fear. Then I split the script into three modules: reading, validating and writing. I added pydantic models to validate every invoice row, so bad rows were logged with their invoice id instead of crashing the run. I replaced the print statements with the logging module and sent errors to our alerting channel. I set up GitHub Actions so every change ran the tests in CI, and I asked a colleague from finance to review a sample file each day during the first week.
        Result: The quarter-end export ran on time with zero manual fixes. Over the next three months failures dropped from about six a month to one, and the run time fell from 40 minutes to 12 because the new reader batched its queries.
        """;

    /// <summary>The team did everything, nothing is measured, nothing is named.</summary>
    public const string WeThroughout = """
        We had a slow report at work. We needed to make it faster. We looked at the code together and we changed a few things
        and we basically rewrote the slow parts. In the end we were happy with it and the users liked it.
        """;
}
