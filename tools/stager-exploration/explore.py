# Throw-away exploration behind docs/notes/sleep-staging-ceiling.md: other classifiers, features, context widths and a
# per-recording gain adaptation, all by leave-one-recording-out on the stager's corpus. Not part of the product.
# Usage: /usr/bin/python3 explore.py epoch-features.csv   (Debian: apt-get install python3-sklearn python3-pandas)
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'loro.py')).read())
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis as LDA

from sklearn.neighbors import KNeighborsClassifier
df['ref'] = df.ref.fillna('')
df['hj_mob_hz'] = df.hj_mob * df.fs / (2 * np.pi)
y = df.ref.values; rec = df.rec.values; ok = y != ''
BASE = ['lrel_delta', 'lrel_theta', 'lrel_alpha', 'lrel_sigma', 'lrel_beta', 'sef95', 'spindles']
ABS = ['labs_delta', 'labs_theta', 'labs_alpha', 'labs_sigma', 'labs_beta']
def feats(cols, halves=(1,)):
    return pd.concat([df[cols]] + [ctx(df, cols, h, f'_c{h}') for h in halves], axis=1)
models = {'LR C=1': lambda: LogisticRegression(C=1, max_iter=3000),
          'LDA': lambda: LDA(),
          'RF': lambda: RandomForestClassifier(300, min_samples_leaf=3, random_state=0, class_weight='balanced'),
          'ExtraTrees': lambda: ExtraTreesClassifier(500, min_samples_leaf=3, random_state=0, class_weight='balanced'),
          'HistGB': lambda: HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=150, random_state=0),
          'kNN 15': lambda: KNeighborsClassifier(15)}
print('## classifiers x features (EEG only, per epoch, no rules/HMM)')
for fname, cols in [('stager features', BASE), ('+ slow-wave share', BASE + ['sw_share']), ('+ Hjorth mobility', BASE + ['hj_mob_hz']), ('+ sef50', BASE + ['sef50'])]:
    X = feats(cols).values
    for mn, mk in models.items():
        k, a, _ = loro(X, y, rec, mk)
        print(f'{fname:20s} {mn:10s} kappa {k:.3f} acc {a:.3f}')
print('## context width (LR C=1, stager features)')
for halves in [(1,), (1, 3), (1, 5), (2, 7)]:
    k, a, _ = loro(feats(BASE, halves).values, y, rec, models['LR C=1'])
    print(f'neighbours {halves}: kappa {k:.3f}')
print('## resubstitution (train and score on all epochs: an upper bound)')
X = feats(BASE).values; sc = StandardScaler().fit(X[ok])
for C in [0.1, 1, 10]:
    p = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(X[ok]), y[ok]).predict(sc.transform(X[ok]))
    print(f'LR C={C}: kappa {cohen_kappa_score(y[ok], p):.3f}')
print('## per-recording gain adapted by EM on the held-out recording (Gaussian classes, shared covariance)')
K = 5
def fit_train(Xs, ys, rs, u, iters=30, ridge=1e-2):
    recs = np.unique(rs); d = Xs.shape[1]; s = {r: 0.0 for r in recs}
    yi = np.array([ST.index(v) for v in ys])
    for _ in range(iters):
        Z = Xs - np.outer([s[r] for r in rs], u)
        mu = np.array([Z[yi == k].mean(0) if (yi == k).any() else np.full(d, np.nan) for k in range(K)])
        R = Xs - mu[yi]
        for r in recs: s[r] = (R[rs == r] @ u).mean() / (u @ u)
        m = np.mean(list(s.values()))
        for r in recs: s[r] -= m
    R = Xs - np.outer([s[r] for r in rs], u) - mu[yi]
    return mu, R.T @ R / len(R) + ridge * np.eye(d), np.var(list(s.values())) + 1e-6, np.array([(yi == k).mean() for k in range(K)])
def adapt(Xt, mu, S, var_s, prior, u, lam, iters=60):
    known = ~np.isnan(mu[:, 0]); n = len(Xt); Si = np.linalg.inv(S); s = 0.0
    for _ in range(iters):
        ll = np.full((n, K), -np.inf)
        for k in range(K):
            if known[k]:
                diff = Xt - s * u - mu[k]; ll[:, k] = -0.5 * np.einsum('ij,jk,ik->i', diff, Si, diff) + np.log(prior[k] + 1e-12)
        ll -= ll.max(1, keepdims=True); g = np.exp(ll); g /= g.sum(1, keepdims=True)
        s = (u @ Si @ (Xt - g[:, known] @ mu[known]).sum(0)) / (n * (u @ Si @ u) + lam / var_s)
    return g
for fname, cols in [('absolute powers', ABS), ('absolute + stager features', ABS + BASE)]:
    Xd = feats(cols); X = Xd.values; u = np.array([1.0 if c.startswith('labs') else 0.0 for c in Xd.columns])
    for lam, label in [(1e9, 'no adaptation'), (1, 'adapted')]:
        pred = np.empty(len(y), dtype=object)
        for r in np.unique(rec):
            tr = (rec != r) & ok; te = rec == r
            mu, S, vs, prior = fit_train(X[tr], y[tr], rec[tr], u)
            pred[te] = np.array(ST)[adapt(X[te], mu, S, vs, prior, u, lam).argmax(1)]
        print(f'{fname:28s} {label:14s} kappa {cohen_kappa_score(y[ok], pred[ok]):.3f}')
