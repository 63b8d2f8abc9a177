// Float loops that Swift does not vectorize because its square root keeps C's errno semantics.
#ifndef CKERNELS_H
#define CKERNELS_H

#include <stddef.h>

/// Keras 3's Adam update for `count` weights, in place:
///   m += (g - m)(1 - beta1);  v += (g*g - v)(1 - beta2);  w -= (m*alpha) / (sqrt(v) + epsilon)
/// with the same float operations, in the same order, as the scalar Swift form.
void ckernels_adam_update(float *restrict weights, const float *restrict gradient, float *restrict m,
                          float *restrict v, size_t count, float alpha, float one_minus_beta1,
                          float one_minus_beta2, float epsilon);

/// c[r][j] += b[j] for a row-major (rows, columns) matrix, then c = max(c, 0) when `relu` is
/// non-zero: a dense layer's bias and relu in one pass after its matrix product.
void ckernels_add_bias_relu(float *restrict c, const float *restrict b, size_t rows, size_t columns,
                            int relu);

/// Relu's backward pass and the bias gradient in one pass over a row-major (rows, columns) `g`:
///   g[i] = y[i] > 0 ? g[i] : 0;  bias_gradient[j] += sum over rows of g[r][j]
/// (`bias_gradient` may be NULL; when `fresh` is non-zero it is overwritten instead of added to).
void ckernels_relu_backward(float *restrict g, const float *restrict y, size_t rows, size_t columns,
                            float *restrict bias_gradient, int fresh);

#endif
