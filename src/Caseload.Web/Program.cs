using Caseload.Application;
using Caseload.Infrastructure;
using Caseload.Infrastructure.Persistence;
using Caseload.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCaseloadLogging();
builder.UseDefaultUrlUnlessConfigured("http://localhost:5080");
builder.AddCaseloadMetrics(); // after the users' address: adds the management port (ADR 0046)
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddCaseloadWeb(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.Services.InitializeDatabaseAsync();
app.UseCaseloadPipeline();
app.MapCaseloadEndpoints();
await app.RunWithStartupBannerAsync();

/// <summary>Entry point; public so the integration tests can host it.</summary>
public partial class Program;
