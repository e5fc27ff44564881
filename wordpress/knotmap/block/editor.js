/* The Knotmap block in the editor: its options in the sidebar, and a live preview (the real widget
 * in an iframe, reloaded when the options change). No build step: plain JavaScript on WordPress's
 * wp.* globals, whose script handles editor.asset.php lists.
 * The server checks the attributes (REST knotmap/v1/check) with the very PHP function that renders
 * the block, so each warning here names a value the published page will leave out. */
( function ( wp, lists ) {
	'use strict';
	var el = wp.element.createElement;
	var useState = wp.element.useState;
	var useEffect = wp.element.useEffect;
	var useRef = wp.element.useRef;
	var __ = wp.i18n.__;
	var blockEditor = wp.blockEditor;
	var components = wp.components;
	var OPTION_NAMES = [ 'zone', 'families', 'theme', 'accent', 'compact', 'progress' ];
	// As embed.js sizes the widget on a page, but capped: in the editor it scrolls inside instead.
	var MIN_HEIGHT = 320, MAX_HEIGHT = 1000, FIRST_HEIGHT = 640;
	var CHECK_DELAY_MS = 400;  // typing a colour checks (and reloads the preview) once, not per key

	// The server's answer for these attributes: {options, problems, preview}, or null until then.
	function useCheck( attributes ) {
		var query = {};
		OPTION_NAMES.forEach( function ( name ) { query[ name ] = attributes[ name ]; } );
		var path = wp.url.addQueryArgs( '/knotmap/v1/check', query );
		var asked = useState( path );
		var answer = useState( null );
		useEffect( function () {
			var timer = setTimeout( function () { asked[ 1 ]( path ); }, CHECK_DELAY_MS );
			return function () { clearTimeout( timer ); };
		}, [ path ] );
		useEffect( function () {
			var current = true;
			wp.apiFetch( { path: asked[ 0 ] } ).then( function ( result ) {
				if ( current ) answer[ 1 ]( result );
			}, function () {
				if ( current ) answer[ 1 ]( { problems: [ __( 'Knotmap: the options could not be checked, so there is no preview.', 'knotmap' ) ], preview: '' } );
			} );
			return function () { current = false; };
		}, [ asked[ 0 ] ] );
		return answer[ 0 ];
	}

	// The widget itself, as tall as the height it reports (its "height" message to its parent).
	function Preview( props ) {
		var frame = useRef( null );
		var height = useState( FIRST_HEIGHT );
		useEffect( function () {
			var iframe = frame.current;
			if ( ! iframe ) return undefined;
			// The window the widget posts to: the editor's canvas, which may itself be an iframe.
			var host = iframe.ownerDocument.defaultView;
			function onMessage( event ) {
				var message = event.data;
				if ( event.source !== iframe.contentWindow || ! message || message.knotmap !== 1 ) return;
				if ( message.type === 'height' && typeof message.height === 'number' && isFinite( message.height ) ) {
					height[ 1 ]( Math.max( MIN_HEIGHT, Math.min( MAX_HEIGHT, Math.round( message.height ) ) ) );
				}
			}
			host.addEventListener( 'message', onMessage );
			return function () { host.removeEventListener( 'message', onMessage ); };
		}, [ props.src ] );
		return el( 'div', { style: { position: 'relative' } },
			el( 'iframe', {
				ref: frame,
				src: props.src,
				title: __( 'Knotmap preview', 'knotmap' ),
				style: { display: 'block', width: '100%', height: height[ 0 ] + 'px', border: 0 },
			} ),
			// Until the block is selected, a click selects it instead of reaching the widget.
			props.isSelected ? null : el( 'div', { style: { position: 'absolute', inset: 0 } } )
		);
	}

	function FamilyChoices( props ) {
		var chosen = props.value.split( ',' ).map( function ( id ) { return id.trim(); } );
		function toggle( id, on ) {
			var next = lists.families.filter( function ( family ) {
				return family.id === id ? on : chosen.indexOf( family.id ) !== -1;
			} ).map( function ( family ) { return family.id; } );
			props.onChange( next.join( ',' ) );
		}
		return el( components.BaseControl, {
			id: 'knotmap-families',
			help: __( 'None ticked: all of them. The places not to press are always shown.', 'knotmap' ),
		}, lists.families.map( function ( family ) {
			return el( components.CheckboxControl, {
				key: family.id,
				label: family.name,
				checked: chosen.indexOf( family.id ) !== -1,
				onChange: function ( on ) { toggle( family.id, on ); },
			} );
		} ) );
	}

	// The muscles first, then the places not to press, each in the map's order.
	function byKind( kind ) {
		return lists.zones.filter( function ( zone ) { return zone.kind === kind; } );
	}

	function Sidebar( props ) {
		var a = props.attributes;
		var set = props.setAttributes;
		var zones = [ { label: __( 'None', 'knotmap' ), value: '' } ].concat( byKind( 'muscle' ).concat( byKind( 'avoid' ) ).map( function ( zone ) {
			/* translators: %s: a place on the back such as "Spine" or "Lower ribs, left". */
			var label = zone.kind === 'avoid' ? wp.i18n.sprintf( __( '%s (don\'t press here)', 'knotmap' ), zone.name ) : zone.name;
			return { label: label, value: zone.id };
		} ) );
		return el( blockEditor.InspectorControls, null,
			el( components.PanelBody, { title: __( 'Widget options', 'knotmap' ), initialOpen: true },
				el( components.SelectControl, {
					label: __( 'Selected zone', 'knotmap' ),
					help: __( 'Shown when the widget opens.', 'knotmap' ),
					value: a.zone,
					options: zones,
					onChange: function ( zone ) { set( { zone: zone } ); },
				} ),
				el( components.SelectControl, {
					label: __( 'Theme', 'knotmap' ),
					value: a.theme,
					options: [ { label: __( 'Light', 'knotmap' ), value: 'light' }, { label: __( 'Dark', 'knotmap' ), value: 'dark' } ],
					onChange: function ( theme ) { set( { theme: theme } ); },
				} ),
				el( components.TextControl, {
					label: __( 'Accent colour', 'knotmap' ),
					help: __( 'Buttons and highlights, e.g. #b0552f; empty for the default teal.', 'knotmap' ),
					value: a.accent,
					placeholder: '#1f6f68',
					onChange: function ( accent ) { set( { accent: accent } ); },
				} ),
				el( components.ToggleControl, {
					label: __( 'Compact', 'knotmap' ),
					help: __( 'The map and the guidance only: no progress views or data tools.', 'knotmap' ),
					checked: a.compact,
					onChange: function ( compact ) { set( { compact: compact } ); },
				} ),
				el( components.ToggleControl, {
					label: __( 'Progress', 'knotmap' ),
					help: __( 'History, session logging and progress marks on the map.', 'knotmap' ),
					checked: a.progress,
					onChange: function ( progress ) { set( { progress: progress } ); },
				} )
			),
			// Its own panel, closed unless in use: nine checkboxes would push the rest out of sight.
			el( components.PanelBody, { title: __( 'Muscles shown', 'knotmap' ), initialOpen: a.families !== '' },
				el( FamilyChoices, { value: a.families, onChange: function ( families ) { set( { families: families } ); } } )
			)
		);
	}

	function Edit( props ) {
		var check = useCheck( props.attributes );
		var blockProps = blockEditor.useBlockProps();
		var problems = check ? check.problems : [];
		return el( 'div', blockProps,
			el( Sidebar, props ),
			el( 'div', { style: { font: '600 13px/1.4 system-ui, sans-serif', padding: '4px 0', color: '#50575e' } }, __( 'Knotmap body map', 'knotmap' ) ),
			problems.map( function ( problem, i ) {
				return el( components.Notice, { key: i, status: 'warning', isDismissible: false }, problem );
			} ),
			check && check.preview ? el( Preview, { src: check.preview, isSelected: props.isSelected } ) : null
		);
	}

	wp.blocks.registerBlockType( 'knotmap/body-map', {
		edit: Edit,
		save: function () { return null; },  // rendered by PHP (knotmap_render_block)
	} );
}( window.wp, window.knotmapEditor || { zones: [], families: [] } ) );
