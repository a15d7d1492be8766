using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PyPrep.Data.Providers;

/// <summary>
/// Write-ahead logging lets pages read while the graders write, and synchronous=NORMAL is the
/// safe setting for WAL (a power cut may lose the last commits, never corrupt the file). A busy
/// timeout makes concurrent writers wait for each other instead of failing.
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
