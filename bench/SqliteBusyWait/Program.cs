// Prints how long a write through EF Core waits after a colleague's transaction commits (ADR 0021): with the app's
// SqliteBusyTimeout (SQLite's own busy handler, retrying after 1, 2, 5, 10 … ms) and without it (Microsoft.Data.Sqlite
// sleeps 150 ms between tries). Usage: dotnet run --project bench/SqliteBusyWait -c Release [-- --rounds 20]
using System.Diagnostics;
using System.Globalization;
using Caseload.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

var rounds = args.Length == 2 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var file = Path.Combine(Path.GetTempPath(), $"busy-wait-{Guid.NewGuid():N}.db");
var cs = $"Data Source={file}";
try
{
    await using (var setup = new SqliteConnection(cs))
    {
        await setup.OpenAsync();
        await using var create = setup.CreateCommand();
        create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE Counter (Id INTEGER PRIMARY KEY, Value INTEGER); INSERT INTO Counter VALUES (1, 0);";
        await create.ExecuteNonQueryAsync();
    }
    Console.WriteLine($"{rounds} rounds each: a colleague holds the write lock 100–300 ms; the figure is the app write's wait after the COMMIT.");
    Console.WriteLine($"{"mode",-48} {"median",8} {"p90",8} {"max",8}");
    foreach (var (name, busyTimeout) in new[] { ("busy handler (SqliteBusyTimeout, as the app)", true), ("Microsoft.Data.Sqlite's retry only", false) })
    {
        await AfterCommitAsync(cs, busyTimeout, 50); // warm-up (JIT), not counted
        var waits = new List<double>();
        for (var i = 0; i < rounds; i++) waits.Add(await AfterCommitAsync(cs, busyTimeout, 100 + Random.Shared.Next(200)));
        waits.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-48} {waits[waits.Count / 2],6:0.0}ms {waits[(int)(waits.Count * 0.9)],6:0.0}ms {waits[^1],6:0.0}ms"));
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
}

static async Task<double> AfterCommitAsync(string cs, bool busyTimeout, int holdMs)
{
    var options = new DbContextOptionsBuilder<BenchDb>().UseSqlite(cs);
    if (busyTimeout) options.AddInterceptors(new SqliteBusyTimeout());
    await using var db = new BenchDb(options.Options);
    await db.Database.OpenConnectionAsync(); // EF and the connection ready first: the figure is the wait, not start-up
    await db.Database.ExecuteSqlRawAsync("SELECT 1;");
    await using var colleague = new SqliteConnection(cs);
    await colleague.OpenAsync();
    await using (var begin = colleague.CreateCommand())
    {
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
    }
    var write = Task.Run(() => db.Database.ExecuteSqlRawAsync("UPDATE Counter SET Value = Value + 1 WHERE Id = 1;"));
    await Task.Delay(holdMs);
    await using (var commit = colleague.CreateCommand())
    {
        commit.CommandText = "COMMIT;";
        await commit.ExecuteNonQueryAsync();
    }
    var committed = Stopwatch.GetTimestamp();
    await write;
    return Stopwatch.GetElapsedTime(committed).TotalMilliseconds;
}

internal sealed class BenchDb(DbContextOptions<BenchDb> options) : DbContext(options);
