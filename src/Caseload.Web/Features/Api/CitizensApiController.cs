using Caseload.Application.Api;
using Caseload.Application.Fhir;
using Caseload.Application.Security;
using Microsoft.AspNetCore.Mvc;

namespace Caseload.Web.Features.Api;

/// <summary>Citizens of the client's teams whose consent covers it, with their courses, deadlines, goals and measurements.
/// Every answer is audited with the client as the actor.</summary>
[Route("api/v1/citizens")]
[ProducesResponseType(StatusCodes.Status404NotFound)]
public sealed class CitizensApiController(ApiReads reads, FhirExport fhir) : ApiControllerBase
{
    /// <summary>The citizens, 25 to a page by name.</summary>
    [HttpGet("")]
    public async Task<ActionResult<ApiCitizenPage>> List([FromQuery] int page = 1) => Found(await reads.CitizensAsync(page, Ct));

    /// <summary>One citizen: CPR masked unless the client may see the full number.</summary>
    [HttpGet("{id:guid}")]
    public async Task<ActionResult<ApiCitizen>> Get([FromRoute(Name = "id")] ScopedCitizen citizen) => Found(await reads.CitizenAsync(citizen, Ct));

    [HttpGet("{id:guid}/courses")]
    public async Task<ActionResult<IReadOnlyList<ApiCourse>>> Courses([FromRoute(Name = "id")] ScopedCitizen citizen)
        => Found(await reads.CoursesAsync(citizen, Ct));

    [HttpGet("{id:guid}/deadlines")]
    public async Task<ActionResult<IReadOnlyList<ApiDeadline>>> Deadlines([FromRoute(Name = "id")] ScopedCitizen citizen)
        => Found(await reads.DeadlinesAsync(citizen, Ct));

    [HttpGet("{id:guid}/goals")]
    public async Task<ActionResult<IReadOnlyList<ApiGoal>>> Goals([FromRoute(Name = "id")] ScopedCitizen citizen)
        => Found(await reads.GoalsAsync(citizen, Ct));

    [HttpGet("{id:guid}/measurements")]
    public async Task<ActionResult<IReadOnlyList<ApiMeasurement>>> Measurements([FromRoute(Name = "id")] ScopedCitizen citizen)
        => Found(await reads.MeasurementsAsync(citizen, Ct));

    /// <summary>The citizen's goals, plans, WHO-5 measurements and contacts as a FHIR R4 bundle (type collection) with the CPR number
    /// as the Patient's identifier (ADR 0053). Only for a client allowed the full CPR number (else 403).</summary>
    [HttpGet("{id:guid}/fhir")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, FhirExport.MediaType)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<IActionResult> FhirBundle([FromRoute(Name = "id")] ScopedCitizen citizen)
    {
        var result = await fhir.ForApiAsync(citizen, Ct);
        return result.Succeeded ? Content(result.Value!, FhirExport.MediaType) : ApiProblems.From(result.Outcome);
    }
}
