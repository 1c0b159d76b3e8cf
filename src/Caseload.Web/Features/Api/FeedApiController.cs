using Caseload.Application.Api;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Api;

/// <summary>The course event log as a feed (ADR 0050): start with <c>after=0</c>, then pass the answer's <c>next</c>.</summary>
[Route("api/v1/feed")]
public sealed class FeedApiController(ApiFeed feed) : ApiControllerBase
{
    [HttpGet("")]
    public async Task<ActionResult<ApiFeedPage>> Get([FromQuery] long after = 0, [FromQuery] int limit = ApiFeed.DefaultLimit)
        => Found(await feed.AfterAsync(after, limit, Ct));
}
