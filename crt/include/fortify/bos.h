/*
 * What the fortify headers share: the fortify level, the object-size
 * queries and the attributes of a wrapper.
 *
 * A wrapper is an extern inline function with gnu_inline semantics (the
 * definition is only for inlining; a call that is not inlined goes to the
 * real function of the runtime) and always_inline, so that it is inlined
 * into its caller, where __builtin_object_size can see the destination.
 * artificial makes debuggers step over it.
 */
#ifndef FORTIFY_BOS_H
#define FORTIFY_BOS_H

#if defined _FORTIFY_SOURCE && _FORTIFY_SOURCE > 0 && defined __OPTIMIZE__
#define __FORTIFY_LEVEL _FORTIFY_SOURCE
#else
#define __FORTIFY_LEVEL 0
#endif

#if __FORTIFY_LEVEL > 2
#define __fortify_size(__p, __type) __builtin_dynamic_object_size(__p, __type)
#else
#define __fortify_size(__p, __type) __builtin_object_size(__p, __type)
#endif

/* The whole object, for mem*; the closest member at level 2, for str*. */
#define __fortify_bos0(__p) __fortify_size(__p, 0)
#define __fortify_bos(__p) __fortify_size(__p, __FORTIFY_LEVEL > 1)

#define __fortify_function extern __inline__ \
	__attribute__((__always_inline__, __gnu_inline__, __artificial__))

#endif
