// A bare Kestrel endpoint: the practical ceiling of this machine for a trivial request.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => "ok");
await app.RunAsync();
