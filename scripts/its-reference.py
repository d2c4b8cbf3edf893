#!/usr/bin/python3
"""Reference estimates for the interrupted time series of src/modules/agreements/domain/its.ts.

Reads test/fixtures/its/series.json, fits the segmented regression
    y_t = b0 + b1*t + b2*D_t + b3*(t - T0)*D_t + e_t
with statsmodels OLS (classical and Newey-West HAC covariance), the effects b2 + b3*k with t_test, and the
before/after comparison with statsmodels' Welch test, and prints the results as JSON.

t counts periods (years or months) from the first period of the series, missing periods included; T0 is the period
containing the intervention date; D_t = 1 from T0 on. Rows whose value is null are dropped.

    /usr/bin/python3 scripts/its-reference.py > test/fixtures/its/reference.json
"""

import json
import pathlib
import sys

import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

ROOT = pathlib.Path(__file__).resolve().parent.parent
ALPHAS = (0.05, 0.10)


def period_index(period):
    parts = period.split("-")
    if len(parts) == 1:
        return int(parts[0])
    return int(parts[0]) * 12 + int(parts[1]) - 1


def intervention_index(date, monthly):
    year, month, _day = (int(p) for p in date.split("-"))
    return year * 12 + month - 1 if monthly else year


def design(points, date):
    monthly = "-" in points[0]["period"]
    first = period_index(points[0]["period"])
    t0 = intervention_index(date, monthly) - first
    rows = [(period_index(p["period"]) - first, float(p["value"])) for p in points if p["value"] is not None]
    t = np.array([r[0] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows], dtype=float)
    d = (t >= t0).astype(float)
    x = np.column_stack([np.ones_like(t), t, d, (t - t0) * d])
    return x, y, t, t0


def floats(a):
    return [float(v) for v in np.asarray(a).ravel()]


def coefficients(res):
    out = {
        "params": floats(res.params),
        "bse": floats(res.bse),
        "tvalues": floats(res.tvalues),
        "pvalues": floats(res.pvalues),
    }
    for alpha in ALPHAS:
        ci = np.asarray(res.conf_int(alpha=alpha))
        out[f"ci{int(round((1 - alpha) * 100))}"] = {"lower": floats(ci[:, 0]), "upper": floats(ci[:, 1])}
    return out


def effects(res, horizons):
    out = []
    for k in horizons:
        test = res.t_test(np.array([[0.0, 0.0, 1.0, float(k)]]))
        ci = np.asarray(test.conf_int(alpha=0.05)).ravel()
        out.append(
            {
                "k": k,
                "effect": float(np.asarray(test.effect).ravel()[0]),
                "se": float(np.asarray(test.sd).ravel()[0]),
                "t": float(np.asarray(test.tvalue).ravel()[0]),
                "p": float(np.asarray(test.pvalue).ravel()[0]),
                "lower": float(ci[0]),
                "upper": float(ci[1]),
            }
        )
    return out


def before_after(y, d):
    pre = y[d == 0]
    post = y[d == 1]
    cm = CompareMeans(DescrStatsW(post), DescrStatsW(pre))
    tstat, pvalue, df = cm.ttest_ind(usevar="unequal")
    lower, upper = cm.tconfint_diff(alpha=0.05, usevar="unequal")
    return {
        "nPre": int(pre.size),
        "nPost": int(post.size),
        "meanPre": float(pre.mean()),
        "meanPost": float(post.mean()),
        "difference": float(post.mean() - pre.mean()),
        "ratio": float(post.mean() / pre.mean()),
        "t": float(tstat),
        "p": float(pvalue),
        "df": float(df),
        "lower": float(lower),
        "upper": float(upper),
    }


def fit_ols(points, date):
    x, y, _t, _t0 = design(points, date)
    return sm.OLS(y, x).fit()


def analyse(case):
    x, y, t, t0 = design(case["points"], case["intervention"])
    model = sm.OLS(y, x)
    ols = model.fit()
    hac = model.fit(cov_type="HAC", cov_kwds={"maxlags": case["hacLags"]}, use_t=True)
    hac_corrected = model.fit(
        cov_type="HAC", cov_kwds={"maxlags": case["hacLags"], "use_correction": True}, use_t=True
    )
    b = ols.params
    return {
        "t": floats(t),
        "t0": t0,
        "nobs": int(ols.nobs),
        "dfResid": float(ols.df_resid),
        "rsquared": float(ols.rsquared),
        "ols": coefficients(ols),
        "hac": {"maxlags": case["hacLags"], **coefficients(hac)},
        "hacCorrected": {"maxlags": case["hacLags"], **coefficients(hac_corrected)},
        "fitted": floats(ols.fittedvalues),
        "counterfactual": floats(b[0] + b[1] * t),
        "effects": effects(ols, case["horizons"]),
        "hacEffects": effects(hac, case["horizons"]),
        "beforeAfter": before_after(y, x[:, 2]),
        "placebos": [
            {"partner": p["partner"], "ols": coefficients(fit_ols(p["points"], case["intervention"]))}
            for p in case["placebos"]
        ],
    }


def main():
    series = json.loads((ROOT / "test/fixtures/its/series.json").read_text())
    out = {
        "generator": "scripts/its-reference.py",
        "versions": {
            "python": sys.version.split()[0],
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "statsmodels": statsmodels.__version__,
        },
        "cases": {name: analyse(case) for name, case in series.items()},
    }
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
