// Generates a fictitious municipality on top of the demo data: N citizens (default 10,000) in 30 teams of all three
// methods with 300 workers, ~20 contact-log entries per citizen over two years, courses active and closed; CTI courses
// in phase 1 and outreach cases (accepted referral, contact attempts, first meeting, consent) for the engines' pages.
// Usage: dotnet run --project bench/DataGenerator -c Release -- --provider Sqlite|Postgres --connection "<cs>" [--citizens 10000]
using Caseload.DataGenerator;
using Caseload.Infrastructure.Persistence;

var options = ArgsToDictionary(args);
var provider = Enum.Parse<DatabaseProvider>(options.GetValueOrDefault("provider", "Sqlite"), ignoreCase: true);
var connection = options.GetValueOrDefault("connection") ?? throw new ArgumentException("--connection is required");
var citizens = int.Parse(options.GetValueOrDefault("citizens", "10000"), System.Globalization.CultureInfo.InvariantCulture);
await MunicipalityGenerator.GenerateAsync(provider, connection, citizens, Console.Out);

static Dictionary<string, string> ArgsToDictionary(string[] args)
{
    var result = new Dictionary<string, string>();
    for (var i = 0; i + 1 < args.Length; i += 2) result[args[i].TrimStart('-')] = args[i + 1];
    return result;
}
