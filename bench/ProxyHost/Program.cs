// Round-robin over the instances given as PROXY_BACKENDS ("http://127.0.0.1:5101;http://127.0.0.1:5102"), listening on
// PROXY_URL. Active health checks on /health/ready take a dead instance out within seconds; passive ones at the first failure.
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var backends = (Environment.GetEnvironmentVariable("PROXY_BACKENDS") ?? "http://127.0.0.1:5101;http://127.0.0.1:5102")
    .Split(';', StringSplitOptions.RemoveEmptyEntries);
builder.WebHost.UseUrls(Environment.GetEnvironmentVariable("PROXY_URL") ?? "http://127.0.0.1:5100");
builder.Services.AddReverseProxy().LoadFromMemory(
    [new RouteConfig { RouteId = "caseload", ClusterId = "web", Match = new RouteMatch { Path = "{**all}" } }],
    [new ClusterConfig
    {
        ClusterId = "web",
        LoadBalancingPolicy = "RoundRobin",
        HealthCheck = new HealthCheckConfig
        {
            Active = new ActiveHealthCheckConfig { Enabled = true, Interval = TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromSeconds(2), Path = "/health/ready", Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures },
            Passive = new PassiveHealthCheckConfig { Enabled = true, Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate, ReactivationPeriod = TimeSpan.FromSeconds(30) },
        },
        Destinations = backends.Select((b, i) => (b, i)).ToDictionary(x => $"web{x.i + 1}", x => new DestinationConfig { Address = x.b }),
    }]);
var app = builder.Build();
app.MapReverseProxy();
app.Run();
