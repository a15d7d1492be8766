using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PyPrep.Core.Design;
using PyPrep.Data;
using PyPrep.Data.Design;
using PyPrep.Web.Features.Accounts;

namespace PyPrep.Web.Features.Design;

/// <summary>The current profile's design worksheets in the database, one per scenario, always read and written whole.</summary>
public sealed class WorksheetStore(PyPrepDbContext db, CurrentUser user)
{
    /// <summary>The saved worksheet for a scenario, or null when the candidate has not saved one.</summary>
    public async Task<SavedWorksheet?> FindAsync(string scenario, CancellationToken cancellationToken) =>
        await db.Worksheets.AsNoTracking().SingleOrDefaultAsync(w => w.UserId == user.RequiredId && w.Scenario == scenario, cancellationToken);

    /// <summary>Every saved worksheet of the profile, by scenario slug.</summary>
    public async Task<Dictionary<string, SavedWorksheet>> AllAsync(CancellationToken cancellationToken) =>
        await db.Worksheets.AsNoTracking().Where(w => w.UserId == user.RequiredId).ToDictionaryAsync(w => w.Scenario, StringComparer.Ordinal, cancellationToken);

    /// <summary>Stores the worksheet, replacing the one saved before.</summary>
    public async Task<SavedWorksheet> SaveAsync(Worksheet worksheet, CancellationToken cancellationToken)
    {
        var row = await db.Worksheets.SingleOrDefaultAsync(w => w.UserId == user.RequiredId && w.Scenario == worksheet.Scenario, cancellationToken);
        if (row is null)
        {
            row = new SavedWorksheet { UserId = user.RequiredId, Scenario = worksheet.Scenario, AnswersJson = "{}" };
            db.Worksheets.Add(row);
        }
        row.AnswersJson = JsonSerializer.Serialize(worksheet.Answers);
        row.UpdatedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <summary>A saved row as Core's worksheet.</summary>
    public static Worksheet ToCore(SavedWorksheet row) =>
        new(row.Scenario, JsonSerializer.Deserialize<Dictionary<string, string>>(row.AnswersJson) ?? []);
}
