# Shared helpers of explore.py: the feature table written by DumpEpochFeatures, rolling context, leave-one-recording-out.
import numpy as np, pandas as pd, sys
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import cohen_kappa_score, confusion_matrix
df = pd.read_csv(sys.argv[1] if len(sys.argv) > 1 else 'epoch-features.csv')
ST=['W','N1','N2','N3','R']
def ctx(df, cols, half, suffix):
    out = {}
    for c in cols:
        out[c+suffix] = df.groupby('rec')[c].transform(lambda s: s.rolling(2*half+1, center=True, min_periods=1).mean())
    return pd.DataFrame(out)
def past(df, cols, n, suffix):
    out = {}
    for c in cols:
        out[c+suffix] = df.groupby('rec')[c].transform(lambda s: s.rolling(n, min_periods=1).mean())
    return pd.DataFrame(out)
def loro(X, y, rec, make, sw=None):
    pred = np.empty(len(y), dtype=object)
    for r in np.unique(rec):
        tr = (rec!=r) & (y!=''); te = rec==r
        m = make(); sc = StandardScaler().fit(X[tr])
        cnt = pd.Series(y[tr]).value_counts(); w = np.array([1/np.sqrt(cnt[v]) for v in y[tr]])
        try: m.fit(sc.transform(X[tr]), y[tr], sample_weight=w)
        except TypeError: m.fit(sc.transform(X[tr]), y[tr])
        pred[te] = m.predict(sc.transform(X[te]))
    ok = y!=''
    return cohen_kappa_score(y[ok], pred[ok]), (y[ok]==pred[ok]).mean(), pred
